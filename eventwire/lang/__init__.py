"""Word classes as data: one folder per language, one TSV file per class (see ``loader``)."""
