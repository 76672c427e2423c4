"""The assistant: tools over the services, a no-LLM orchestrator and a LangChain agent."""
