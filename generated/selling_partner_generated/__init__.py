"""Machine-written SP-API packages (placeholder until scripts/regenerate.py runs)."""
