package dev.securemcp.resources;

import java.util.List;

import dev.securemcp.access.Caller;
import dev.securemcp.content.ResourceContents;

/** A resource with a fixed URI. Declare a CDI bean, or register one with {@link ResourceRegistry}. */
public interface Resource {

    ResourceSpec spec();

    /** Its current contents, as {@code caller} may see them. */
    List<ResourceContents> read(Caller caller);
}
