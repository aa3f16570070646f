"""Facts: who, where, what and how much, each tied to the exact span of text it comes from."""
