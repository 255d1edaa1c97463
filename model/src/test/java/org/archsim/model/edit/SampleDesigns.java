package org.archsim.model.edit;

import org.archsim.model.Catalog;
import org.archsim.model.Component;
import org.archsim.model.Design;
import org.archsim.model.Link;

/** Small designs the tests start from. */
final class SampleDesigns {

    private SampleDesigns() {
    }

    /** users → lb → app → db, app → cache; a few explicit values. */
    static Design shop() {
        Catalog cat = Catalog.standard();
        Design d = new Design("shop");
        d.addComponent(new Component("users", cat.require("client"), 0, 0));
        d.addComponent(new Component("lb", cat.require("load-balancer"), 100, 0));
        d.addComponent(new Component("app", cat.require("service"), 200, 0));
        d.addComponent(new Component("db", cat.require("database"), 300, 0));
        d.addComponent(new Component("cache", cat.require("cache"), 300, 100));
        d.connect(new Link("users", "lb"));
        d.connect(new Link("lb", "app"));
        d.connect(new Link("app", "db"));
        d.connect(new Link("app", "cache"));
        d.setParam("app", "workers", 4);
        d.rename("db", "Orders DB");
        d.setLinkParam("app->db", "timeoutMs", 250.0);
        return d;
    }
}
