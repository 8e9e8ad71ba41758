package dev.slackboot.test.emulator;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Slack's upload flow: {@code files.getUploadURLExternal} hands out an upload URL (served by
 * {@link FileUploadEndpoint}), {@code files.completeUploadExternal} finishes the uploaded files and shares them in
 * conversations with a message.
 */
final class FilesApi {

	private final Workspace workspace;

	private final Lookups lookups;

	FilesApi(Workspace workspace) {
		this.workspace = workspace;
		this.lookups = new Lookups(workspace);
	}

	void register(WebApiMethods methods) {
		methods.add("files.getUploadURLExternal", this::getUploadUrl);
		methods.add("files.completeUploadExternal", this::completeUpload);
	}

	private ObjectNode getUploadUrl(ApiCall call) {
		String filename = call.required("filename");
		Long length = call.number("length");
		if (length == null || length < 1) {
			throw ApiException.invalidArguments("length must be a positive number of bytes");
		}
		WorkspaceFile file = this.workspace.newFile(filename, length, call.user(), call.param("alt_txt"),
				call.param("snippet_type"));
		return call.ok()
			.put("upload_url", call.requestRootUrl() + FileUploadEndpoint.UPLOAD_PATH + file.uploadKey())
			.put("file_id", file.id());
	}

	private ObjectNode completeUpload(ApiCall call) {
		JsonNode entries = call.json("files");
		if (entries == null || !entries.isArray() || entries.isEmpty()) {
			throw ApiException.invalidArguments("files must be a non-empty array of {\"id\", \"title\"}");
		}
		List<WorkspaceFile> files = new ArrayList<>();
		for (JsonNode entry : entries) {
			WorkspaceFile file = this.workspace.file(entry.path("id").asString(""));
			if (file == null || !file.isUploaded()) {
				throw new ApiException("file_not_found");
			}
			file.title(entry.path("title").asString(null));
			files.add(file);
		}
		List<WorkspaceChannel> channels = channels(call);
		files.forEach(WorkspaceFile::complete);
		String threadTs = call.param("thread_ts");
		for (WorkspaceChannel channel : channels) {
			WorkspaceMessage parent = (threadTs != null) ? channel.message(threadTs) : null;
			this.workspace.share(channel, call.user(), files, call.param("initial_comment"),
					(parent != null) ? parent.ts() : null, call.json("blocks"));
		}
		ObjectNode answer = call.ok();
		ArrayNode completed = answer.putArray("files");
		files.forEach((file) -> completed.add(this.workspace.json().file(file)));
		return answer;
	}

	private List<WorkspaceChannel> channels(ApiCall call) {
		Set<String> ids = new LinkedHashSet<>(call.list("channels"));
		String channelId = call.param("channel_id");
		if (channelId != null) {
			ids.add(channelId);
		}
		List<WorkspaceChannel> channels = new ArrayList<>();
		for (String id : ids) {
			WorkspaceChannel channel = this.lookups.visible(call, id);
			this.lookups.requireMember(call, channel);
			channels.add(channel);
		}
		return channels;
	}

}
