def out = new File(basedir, 'target/meetkit')
def feed = new File(out, 'events.ics').getText('UTF-8').replace('\r\n ', '')
assert feed.contains('TRIGGER;RELATED=START:-P1D')
assert feed.contains('DTEND;TZID=Europe/Oslo:20240919T200000')
assert feed.contains('ATTACH:https://speakerdeck.com/ola/lifetimes')
assert feed.contains('X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-ADDRESS="7 Dock Road, Harbourtown, Norway";X-TITLE="Pier Seven":geo:59.9,10.7')

def snippet = new File(out, 'jsonld/september-meetup.html').getText('UTF-8')
assert snippet.contains('"inLanguage": "nb"')
assert snippet.contains('"url": "https://harbour-rust.example.org/img/crab.png"')
assert snippet.contains('"isAccessibleForFree": true')

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('meetkit: 1 posts, 1 converted, 0 failed')
assert log.contains('BUILD SUCCESS')
return true
