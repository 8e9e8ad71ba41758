package dev.slackboot.listener.support;

import java.util.function.Predicate;

import dev.slackboot.model.SlackEvent;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.context.expression.BeanFactoryResolver;
import org.springframework.expression.Expression;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;

/**
 * The {@code condition} of a {@code @SlackEventListener}: a SpEL expression evaluated against the
 * {@link SlackEvent}, which is both the root object and the {@code #event} variable, so
 * {@code user == 'U123'} and {@code #event.user == 'U123'} say the same. {@code #event.event} is the event's
 * JSON ({@code #event.event.path('thread_ts').isMissingNode()}), and {@code @name} refers to a bean. The event
 * matches when the expression is {@code true}.
 */
public final class SpelSlackEventCondition implements Predicate<SlackEvent> {

	private static final SpelExpressionParser parser = new SpelExpressionParser();

	private final String expressionString;

	private final Expression expression;

	private final @Nullable BeanFactory beanFactory;

	/**
	 * Creates a condition.
	 * @param expression the SpEL expression
	 * @param beanFactory the bean factory that {@code @name} references resolve in, if any
	 * @throws org.springframework.expression.ParseException if the expression is not valid
	 */
	public SpelSlackEventCondition(String expression, @Nullable BeanFactory beanFactory) {
		this.expressionString = expression;
		this.expression = parser.parseExpression(expression);
		this.beanFactory = beanFactory;
	}

	@Override
	public boolean test(SlackEvent event) {
		StandardEvaluationContext context = new StandardEvaluationContext(event);
		context.setVariable("event", event);
		if (this.beanFactory != null) {
			context.setBeanResolver(new BeanFactoryResolver(this.beanFactory));
		}
		return Boolean.TRUE.equals(this.expression.getValue(context, Boolean.class));
	}

	@Override
	public String toString() {
		return this.expressionString;
	}

}
