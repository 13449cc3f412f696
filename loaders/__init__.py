"""Text → structure → organs, duties, relations → DocumentGraph."""
