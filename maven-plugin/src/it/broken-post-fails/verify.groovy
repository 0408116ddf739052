def log = new File(basedir, 'build.log').getText('UTF-8')
def broken = new File(basedir, 'site/_posts/2024-08-01-broken.md').path
assert log =~ /\[ERROR\] \Q${broken}\E:4:\d+: error: .*2024-02-30/
assert log.contains('meetkit: 2 posts, 1 converted, 1 failed')
assert log.contains('1 of 2 posts have errors')
assert log.contains('BUILD FAILURE')
// The good post's files are written all the same (plain layout, default output folder).
assert new File(basedir, 'target/meetkit/jsonld/may-meetup.html').isFile()
assert !new File(basedir, 'target/meetkit/jsonld/broken.html').exists()
return true
