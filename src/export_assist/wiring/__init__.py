"""The container's parts by layer (adapters, then services); `container.py` puts them together."""
