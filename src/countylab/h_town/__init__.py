"""Case 1, "The 90% target" (H town, M county): the arithmetic of the target, the target cascade (discount,
markup, the 100% cap, cross-level inspection, formalism) and the day-by-day vaccination campaign, with their
figures, labs, tables, answer checks and strings. The model card is README.md in this folder."""
