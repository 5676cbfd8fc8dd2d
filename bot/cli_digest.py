"""``sipbot onthisday``: print the digest a subscriber would get (no telegram imports)."""

from __future__ import annotations

import json
from datetime import date, datetime
from zoneinfo import ZoneInfo

import click

from bot.cli_common import db_option, open_kb
from data.schedule import zone


def _zone(value: str) -> ZoneInfo:
    found = zone(value)
    if found is None:
        raise click.BadParameter(f"{value!r} is not an IANA timezone such as Asia/Shanghai",
                                 param_hint="--tz")
    return found


@click.command()
@click.option("--date", "on", metavar="YYYY-MM-DD|MM-DD", default=None,
              help="The day (default: today in --tz); MM-DD is that day this year, as "
                   "/onthisday MM-DD reads it.")
@click.option("--tz", envvar="SIPBOT_TZ", default="Asia/Shanghai", show_default=True,
              metavar="Area/City", help="Timezone that decides what 'today' is.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.option("--lang", type=click.Choice(["zh", "en"]), default="zh", show_default=True,
              help="Language of the labels; the yearbook's content stays Chinese.")
@db_option
def onthisday(on: str | None, tz: str, as_json: bool, lang: str, db: str | None) -> None:
    """Print the on-this-day digest exactly as the bot sends it.

    Examples: sipbot onthisday --date 2026-05-30 --json; sipbot onthisday --date 05-30
    """
    from data.onthisday import digest_for, digest_for_day, digest_json
    from data.schedule import UsageError, parse_month_day

    zone = _zone(tz)
    today = datetime.now(zone).date()
    month_day: tuple[int, int] | None = None
    if on is None:
        day = today
    else:
        try:
            day = date.fromisoformat(on)
        except ValueError:
            try:
                month_day = parse_month_day(on)
            except UsageError as exc:
                raise click.BadParameter(f"{on!r} is not a date like 2026-05-30 or 05-30",
                                         param_hint="--date") from exc
            day = today
    kb = open_kb(db)
    try:
        # MM-DD is what /onthisday MM-DD sends (02-29 works in any year, like the command).
        digest = (digest_for_day(kb.store.knowledge, *month_day, today=today, lang=lang)
                  if month_day else digest_for(kb.store.knowledge, day, lang=lang))
    finally:
        kb.close()
    if as_json:
        click.echo(json.dumps(digest_json(digest), ensure_ascii=False))
    else:
        click.echo(digest.text)


COMMANDS = [onthisday]
