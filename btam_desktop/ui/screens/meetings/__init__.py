"""Meetings: schedule, agenda, attendance, minutes, and meeting mode for the projector."""
