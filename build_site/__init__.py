"""The briefing builder: a folder of articles in, a cross-linked briefing site out."""
