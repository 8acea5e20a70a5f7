"""Sample articles shipped with the package (written by the newsevents team)."""
