"""County Cases lab toolkit."""
