"""Support programmes: the catalogue, matching an exporter to it, and application pre-fill."""
