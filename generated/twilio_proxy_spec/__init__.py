"""Code emitted from the spec by openapi/emit_*.py; apps import it through twilio_proxy."""
