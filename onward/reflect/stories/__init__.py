"""The story bank, and the interview prep sheet that picks stories for a role."""
