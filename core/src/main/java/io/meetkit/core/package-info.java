/**
 * The immutable model that every meetkit module reads and writes.
 *
 * <p>Every type here is a value: records or final classes whose lists are unmodifiable copies and whose
 * absent values are {@link java.util.Optional} or empty lists, never {@code null}. Dates use {@code java.time}.
 * {@link io.meetkit.core.SpeakerIndex} groups the speakers of many posts into people, whoever read the posts.
 *
 * <pre>{@code
 * Post post = Post.builder("2022-06-20-june-meetup.md", "June meetup").build();
 * Talk talk = Talk.builder("Async IO").speaker(Speaker.of("Jane Doe")).build();
 * Event event = Event.builder("June meetup").time(EventTime.allDay(LocalDate.of(2022, 6, 18))).talk(talk).build();
 * }</pre>
 */
package io.meetkit.core;
