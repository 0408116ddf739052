def log = new File(basedir, 'build.log').getText('UTF-8')
def broken = new File(basedir, 'site/_posts/2024-08-01-broken.md').path
assert log =~ /\[ERROR\] \Q${broken}\E:4:\d+: error: .*2024-02-30/
assert log.contains('meetkit: 2 posts, 1 converted, 1 failed')
assert log.contains('BUILD SUCCESS')
assert new File(basedir, 'target/meetkit/events.ics').isFile()
assert new File(basedir, 'target/meetkit/events/may-meetup.ics').isFile()
assert new File(basedir, 'target/meetkit/jsonld/may-meetup.html').isFile()
return true
