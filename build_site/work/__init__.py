"""Caching and parallelism: how the build gets each article's results fast.

The analysis, the model and the pages know nothing of this package; only the pipeline
(pipeline.py) and the link check use it.
"""
