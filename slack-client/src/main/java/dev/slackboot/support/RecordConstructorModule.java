package dev.slackboot.support;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;

import tools.jackson.core.Version;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.ValueInstantiators;
import tools.jackson.databind.deser.std.StdValueInstantiator;
import tools.jackson.databind.introspect.AnnotatedConstructor;
import tools.jackson.databind.introspect.AnnotatedWithParams;

/**
 * Creates records through their constructor with core reflection. Jackson 3 calls a record's constructor with
 * {@code MethodHandle.invokeWithArguments}, which on Java 17 builds a spreading invoker on every call: about a
 * fifth of the time spent binding a typed Slack event or Web API answer. Everything else (which constructor, how
 * its arguments are read and checked) stays Jackson's. The library adds it to a copy of the application's mapper
 * for what it reads.
 */
public final class RecordConstructorModule extends JacksonModule {

	@Override
	public String getModuleName() {
		return RecordConstructorModule.class.getName();
	}

	@Override
	public Version version() {
		return Version.unknownVersion();
	}

	@Override
	public void setupModule(SetupContext context) {
		context.addValueInstantiators(new RecordInstantiators());
	}

	/**
	 * Replaces the instantiator of a record when Jackson's standard one calls its constructor with arguments.
	 */
	private static final class RecordInstantiators extends ValueInstantiators.Base {

		@Override
		public ValueInstantiator modifyValueInstantiator(DeserializationConfig config,
				BeanDescription.Supplier beanDescription, ValueInstantiator instantiator) {
			if (beanDescription.isRecordType() && instantiator.getClass() == StdValueInstantiator.class
					&& instantiator.canCreateFromObjectWith()) {
				AnnotatedWithParams creator = instantiator.getWithArgsCreator();
				if (creator instanceof AnnotatedConstructor constructor
						&& constructor.getAnnotated().trySetAccessible()) {
					return new ReflectiveRecordInstantiator((StdValueInstantiator) instantiator,
							constructor.getAnnotated());
				}
			}
			return instantiator;
		}

	}

	/**
	 * Jackson's standard instantiator, calling the record's constructor through core reflection.
	 */
	private static final class ReflectiveRecordInstantiator extends StdValueInstantiator {

		private final Constructor<?> constructor;

		ReflectiveRecordInstantiator(StdValueInstantiator instantiator, Constructor<?> constructor) {
			super(instantiator);
			this.constructor = constructor;
		}

		@Override
		public Object createFromObjectWith(DeserializationContext context, Object[] arguments) {
			try {
				return this.constructor.newInstance(arguments);
			}
			catch (InvocationTargetException ex) {
				throw rewrapCtorProblem(context, ex.getTargetException());
			}
			catch (ReflectiveOperationException | IllegalArgumentException ex) {
				throw rewrapCtorProblem(context, ex);
			}
		}

	}

}
