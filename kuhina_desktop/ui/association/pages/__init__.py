"""The main window's pages: profile, coaching environments, opportunities, checklist, bin,
export history."""
