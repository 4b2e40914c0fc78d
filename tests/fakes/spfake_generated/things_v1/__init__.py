"""Things API v1 (fake generated package for tests)."""
