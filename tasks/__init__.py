"""Plain-Python logic of the pipeline: no Prefect here, so every step is fast and unit-testable."""
