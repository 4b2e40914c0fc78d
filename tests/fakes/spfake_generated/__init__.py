"""A tiny stand-in for a generated API package, shaped like openapi-python-client 0.29.1 output.

Used by the runtime's unit tests so they do not depend on which real packages
are generated; one end-to-end test also runs against a real generated package.
"""
