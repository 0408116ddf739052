def site = new File(basedir, 'site')
def expected = ['_includes/meetkit/may-meetup.html', '_includes/meetkit/new-logo.html',
                'assets/meetkit/events.ics', 'assets/meetkit/events/may-meetup.ics',
                'assets/meetkit/posts.json', 'assets/meetkit/speakers.json']
expected.each { assert new File(site, it).isFile() : "missing $it" }

def feed = new File(site, 'assets/meetkit/events.ics').getText('UTF-8')
assert feed.contains('X-WR-CALNAME:Lakeside Python events')
assert feed.contains('SUMMARY:May Meetup')
assert feed.contains('DTSTAMP:20240101T000000Z') || System.getenv('SOURCE_DATE_EPOCH')
def snippet = new File(site, '_includes/meetkit/may-meetup.html').getText('UTF-8')
assert snippet.startsWith('<script type="application/ld+json">')
assert snippet.contains('"@type": "Event"')
assert new File(site, 'assets/meetkit/speakers.json').getText('UTF-8').contains('"Typing at scale"')
assert new File(site, 'assets/meetkit/posts.json').getText('UTF-8').contains('"A new logo"')

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('meetkit: 2 posts, 2 converted, 0 failed')
assert log.contains('6 files written, 0 unchanged')
assert log.contains('BUILD SUCCESS')
return true
