# Put first on PYTHONPATH by `make test-core`: proves the core runs with Qt absent.
raise ImportError("PySide6 is deliberately not importable in the core test job")
