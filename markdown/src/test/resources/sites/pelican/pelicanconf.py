#!/usr/bin/env python
AUTHOR = 'Desert Snakes'
SITENAME = u'Desert Snakes'
SITEURL = 'https://desert-snakes.example.com'
PATH = 'content'
TIMEZONE = 'America/Phoenix'
DEFAULT_LANG = 'en'
ARTICLE_URL = 'posts/{date:%Y}/{slug}.html'
import os
SITEURL = os.environ.get('URL', SITEURL)
