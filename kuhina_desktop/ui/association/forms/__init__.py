"""The record forms: the organisation, a coaching environment, an opportunity."""
