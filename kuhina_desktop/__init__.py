"""Kuhina Desktop: the regional catalogue of work practice by North Karelia's associations."""

__version__ = "0.1.0"
APP_NAME = "Kuhina"
APP_ID = "kuhina-desktop"
