"""Every read and write of a workshop file goes through these service functions.

Each call is one transaction: it is committed whole or, on any error, leaves
the file exactly as it was. The CLI and the GUI both call these.
"""
