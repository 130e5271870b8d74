"""The regional coordinator's window: inbox, trust, review, catalogue, organisations,
outputs and audit."""
