"""The MCP server: the product's tools for any MCP client (stdio or streamable HTTP)."""
