"""One renderer for every form a model pack defines."""
