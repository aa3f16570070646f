"""The domain: what a report, a score and a country are, the Index's taxonomy, and country and edition
detection. It imports nothing of ours, so storage (`db/`), the parts and the front ends all build on it.
"""
