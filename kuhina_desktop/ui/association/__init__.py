"""The association's window: its pages, forms, sending and the first start."""
