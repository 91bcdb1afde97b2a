"""Conflicts as people see and resolve them (issue 18): words, the word diff, the dialog."""
