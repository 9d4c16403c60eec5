"""The toolkit every case shares: input checks, the data package, strings and language, charts, labs, tables,
number formatting, answer-check feedback and quizzes. Nothing here knows about a particular case."""
