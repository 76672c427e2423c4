"""`python -m export_assist.cli.main`: the same CLI as the `export-assist` script."""

from export_assist.cli import app

if __name__ == "__main__":
    app()
