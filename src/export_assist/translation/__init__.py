"""Translation: term base, protected spans, argos and LLM backends, back-translation."""
