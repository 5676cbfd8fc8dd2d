# sipbot: the Telegram bot. Build: docker build -t sipbot .  Run: see docker-compose.yml.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 \
    SIPBOT_DB=/data/sipbot.db

WORKDIR /app
COPY pyproject.toml README.md ./
COPY data ./data
COPY handlers ./handlers
COPY bot ./bot
RUN pip install . && useradd --system --home /data sipbot && mkdir -p /data \
    && chown sipbot /data

USER sipbot
VOLUME ["/data"]
# Webhook mode listens here (TELEGRAM_WEBHOOK_PORT); polling needs no open port.
EXPOSE 8443
# Healthy when the store opens and holds the document (the bot ingests it on first start).
HEALTHCHECK --interval=60s --timeout=10s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import os, sys; from data.store import Store; sys.exit(0 if Store(os.environ['SIPBOT_DB']).has_knowledge() else 1)"]
CMD ["sipbot", "run"]
