from tests.auth.fixtures import client, keys

__all__ = ["client", "keys"]
