/**
 * Support classes of the listener infrastructure: the method endpoint, its adapter, argument resolvers and
 * conditions.
 */
@NullMarked
package dev.slackboot.listener.support;

import org.jspecify.annotations.NullMarked;
