"""Trade documents: shipment models, consistency checks, origin statements, renderers."""
