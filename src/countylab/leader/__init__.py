"""Case 2, "When the leader shows up" (领导出面): the reception protocol, the channels for pushing work to a
village, a week of the secretary's hours and the exact solver, with their figures, labs, tables, answer
checks and strings. The model card is README.md in this folder."""
