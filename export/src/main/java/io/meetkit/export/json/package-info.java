/**
 * Writes posts as JSON with stable, documented field names, and reads that JSON back into equal posts.
 *
 * <pre>{@code
 * PostJson json = PostJson.create();
 * json.write(posts, writer);
 * List<Post> again = json.read(reader);
 * }</pre>
 */
package io.meetkit.export.json;
