"""The encrypted case file: keys, SQLCipher, migrations, audit, backups. No Qt."""
