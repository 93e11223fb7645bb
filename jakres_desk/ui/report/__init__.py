"""The plenary summary in the GUI: preview and print the report PDF, present it as slides."""
